package io.github.camelcallfire.springboot;

import io.github.camelcallfire.CallfireEndpoint;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = CallfireTestApplication.class, properties = {"camel.component.callfire.username=u", "camel.component.callfire.password=p"})
class TmpDebugTest {
    @Autowired CamelContext context;
    @Test
    void debug() throws Exception {
        CallfireEndpoint ep = (CallfireEndpoint) context.getComponent("callfire").createEndpoint("callfire:texts/send?toNumber=1");
        System.err.println("DEBUG name=" + ep.getParameters().getName() + " comp=" + context.getComponent("callfire").getClass());
        ep.setParameters(new io.github.camelcallfire.CallfireOperationParameters() {
            @Override public void setName(String n) { new Exception("DEBUG setName " + n).printStackTrace(); super.setName(n); }
        });
        try { context.addEndpoint("callfire:texts/send?toNumber=1", ep); } catch (Exception e) { System.err.println("DEBUG " + e); }
        System.err.println("DEBUG camel name=" + context.getName()+ " prop=" + context.getPropertiesComponent().resolveProperty("name"));
    }
}
