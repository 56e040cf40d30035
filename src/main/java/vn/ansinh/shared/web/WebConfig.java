package vn.ansinh.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import vn.ansinh.shared.VietnameseNumbers;

/**
 * Web settings shared by every page: the UI speaks Vietnamese (vi-VN) whatever the browser asks for.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfig {

    /** @return a resolver that always answers vi-VN, so numbers and dates read {@code 75,5} and {@code 05/10/2025} */
    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(VietnameseNumbers.VI_VN);
    }
}
