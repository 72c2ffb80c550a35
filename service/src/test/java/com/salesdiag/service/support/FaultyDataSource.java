package com.salesdiag.service.support;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The application's DataSource with faults a test switches on: no connection at all (the server is down), a
 * statement that fails as a full disk does (SQLSTATE 53100) once the transaction has already written something, or
 * a statement that is slow to start.
 */
public final class FaultyDataSource implements DataSource {

    private final DataSource delegate;
    private volatile boolean refuseConnections;
    private volatile String failStatementsContaining;
    private volatile String delayStatementsContaining;
    private volatile long delayMillis;

    public FaultyDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    /** Every new connection fails, as when the database server is down or unreachable. */
    public void refuseConnections() {
        refuseConnections = true;
    }

    /** Statements whose SQL contains {@code fragment} fail with "disk full", the statements before them succeed. */
    public void failStatementsContaining(String fragment) {
        failStatementsContaining = fragment.toLowerCase(Locale.ROOT);
    }

    /**
     * Statements whose SQL contains {@code fragment} wait {@code millis} before they are prepared, so that
     * concurrent transactions reach them at the same time (a race made to happen rather than hoped for).
     */
    public void delayStatementsContaining(String fragment, long millis) {
        delayMillis = millis;
        delayStatementsContaining = fragment.toLowerCase(Locale.ROOT);
    }

    public void heal() {
        refuseConnections = false;
        failStatementsContaining = null;
        delayStatementsContaining = null;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return guard(null);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return guard(new String[]{username, password});
    }

    private Connection guard(String[] credentials) throws SQLException {
        if (refuseConnections) {
            throw new SQLException("Connection refused (injected by the test)", "08001");
        }
        Connection connection = credentials == null ? delegate.getConnection()
                : delegate.getConnection(credentials[0], credentials[1]);
        InvocationHandler handler = (proxy, method, args) -> {
            if (preparing(method, args, delayStatementsContaining)) {
                Thread.sleep(delayMillis);
            }
            if (preparing(method, args, failStatementsContaining)) {
                throw new SQLException("could not extend file: No space left on device (injected by the test)",
                        "53100");
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                handler);
    }

    /** Whether this call prepares a statement whose SQL contains {@code fragment} (lower case; null: none does). */
    private static boolean preparing(Method method, Object[] args, String fragment) {
        return fragment != null && method.getName().startsWith("prepare") && args != null && args.length > 0
                && args[0] instanceof String sql && sql.toLowerCase(Locale.ROOT).contains(fragment);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate.isWrapperFor(type);
    }
}
