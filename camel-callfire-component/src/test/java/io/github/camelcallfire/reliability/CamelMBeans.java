package io.github.camelcallfire.reliability;

import org.apache.camel.CamelContext;

import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What JMX shows of a Camel context: every MBean name and every readable attribute value, as text. */
final class CamelMBeans {

    private CamelMBeans() {
    }

    /** One line per attribute: {@code <object name> <attribute>=<value>}. */
    static List<String> attributesOf(CamelContext context) throws Exception {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        List<String> shown = new ArrayList<>();
        for (ObjectName name : server.queryNames(new ObjectName("org.apache.camel:*"), null)) {
            String owner = name.getKeyProperty("context");
            if (owner == null || !owner.replace("\"", "").equals(context.getManagementName())) {
                continue;
            }
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                if (attribute.isReadable()) {
                    shown.add(name + " " + attribute.getName() + "=" + read(server, name, attribute.getName()));
                }
            }
        }
        return shown;
    }

    private static String read(MBeanServer server, ObjectName name, String attribute) {
        try {
            Object value = server.getAttribute(name, attribute);
            return value instanceof Object[] array ? Arrays.deepToString(array) : String.valueOf(value);
        } catch (Exception e) {
            // some attributes are not available in every state; what their failure says is shown as well
            return "unreadable: " + e;
        }
    }
}
