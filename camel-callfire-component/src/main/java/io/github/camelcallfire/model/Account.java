package io.github.camelcallfire.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The account owning the credentials (CallFire's public shape). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public class Account extends CallfireModel {

    private Long id;
    private String email;
    private String name;
    private String firstName;
    private String lastName;
    private List<String> permissions;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    /**
     * A live view of the values: {@link Permission#UNKNOWN} for a value this version does not know,
     * {@link #getRawPermissions()} has the texts.
     */
    public List<Permission> getPermissions() {
        return LenientEnum.view(Permission.class, permissions, "permissions");
    }

    /** Sets the values; a list from {@link #getPermissions()} keeps the texts of values this version does not know. */
    public void setPermissions(List<Permission> permissions) {
        this.permissions = LenientEnum.wireList(permissions, "permissions");
    }

    /** The values as CallFire sent them (or as they will be sent), also those this version does not know. */
    public List<String> getRawPermissions() {
        return permissions;
    }

    public void setRawPermissions(List<String> permissions) {
        this.permissions = permissions;
    }

    @Override
    public String toString() {
        return new ModelDescription(this)
                .add("id", id)
                .add("email", email)
                .add("name", name)
                .add("firstName", firstName)
                .add("lastName", lastName)
                .add("permissions", permissions)
                .toString();
    }
}
