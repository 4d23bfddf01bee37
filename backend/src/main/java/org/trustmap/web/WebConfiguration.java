package org.trustmap.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        // The offline GraphiQL page lives in the frontend module as static/graphiql/index.html.
        registry.addRedirectViewController("/graphiql", "/graphiql/");
        registry.addViewController("/graphiql/").setViewName("forward:/graphiql/index.html");
    }
}
