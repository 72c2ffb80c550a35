package com.salesdiag.service.support;

/** The demo users application.properties ships, with the passwords the README documents. */
public final class Users {

    public record Login(String name, String password) {
    }

    /** Manager of north-west. */
    public static final Login MANAGER = new Login("manager", "demo-manager");
    /** Manager of centre-south. */
    public static final Login MANAGER_CS = new Login("manager-cs", "demo-manager-cs");
    public static final Login ANALYST = new Login("analyst", "demo-analyst");
    public static final Login HR = new Login("hr", "demo-hr");
    public static final Login ADMIN = new Login("admin", "demo-admin");

    private Users() {
    }
}
