package org.scrutiny.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The site's own style sheet, script and images, and GOV.UK Frontend from its webjar. Each lives
 * under a path of its own (not {@code /**}), so that building a link to a page never looks for a
 * file. Links written with {@code @{...}} carry a fingerprint of the file's content
 * ({@code /css/scrutiny-<hash>.css}) and the webjar's version, so browsers and proxies may keep
 * them for a year: a changed file gets a new address. (spring.web.resources.add-mappings is off.)
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    private static final CacheControl FINGERPRINTED =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    /** GOV.UK Frontend's script imports itself without a version, so its files are kept a day. */
    private static final CacheControl WEBJARS =
            CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js", "images"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(FINGERPRINTED)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(WEBJARS)
                .resourceChain(true);
    }
}
