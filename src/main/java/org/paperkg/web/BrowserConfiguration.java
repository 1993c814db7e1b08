package org.paperkg.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves Neo4j Browser from the {@code neo4j-browser} jar's static files: the embedded Neo4j runs
 * without its own web server, and Browser needs nothing but its files and a Bolt connection.
 */
@Configuration(proxyBeanMethods = false)
class BrowserConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/browser", "/browser/");
        registry.addViewController("/browser/").setViewName("forward:/browser/index.html");
    }
}
