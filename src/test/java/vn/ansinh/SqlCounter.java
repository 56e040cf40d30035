package vn.ansinh;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application prepares, for tests that a page takes a fixed number of queries.
 * Statements of the HTTP session store (Spring Session JDBC) are left out: they depend on the login, not the page.
 * Import {@link Config} in a test, call {@link #reset()}, do the request, read {@link #count()}.
 */
public final class SqlCounter {

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final java.util.List<String> STATEMENTS = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    private SqlCounter() {
    }

    /** Starts counting from zero. */
    public static void reset() {
        COUNT.set(0);
        STATEMENTS.clear();
    }

    /** @return the SQL of the statements prepared since {@link #reset()}, in order (for failure messages) */
    public static java.util.List<String> statements() {
        return java.util.List.copyOf(STATEMENTS);
    }

    /** @return statements prepared since {@link #reset()} */
    public static int count() {
        return COUNT.get();
    }

    /** Wraps the application's DataSource so that every statement is counted. */
    @TestConfiguration
    public static class Config {

        @Bean
        static BeanPostProcessor sqlCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds ? wrap(ds) : bean;
                }
            };
        }
    }

    private static DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c && method.getName().equals("getConnection") ? wrap(c) : result;
                });
    }

    private static Connection wrap(Connection target) {
        return (Connection) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null && args[0] instanceof String sql
                            && !sql.toUpperCase(Locale.ROOT).contains("SPRING_SESSION")) {
                        COUNT.incrementAndGet();
                        STATEMENTS.add(sql);
                    } else if (name.equals("createStatement")) {
                        STATEMENTS.add("(statement)");
                        COUNT.incrementAndGet();
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
