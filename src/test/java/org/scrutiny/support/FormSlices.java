package org.scrutiny.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Sending a form in a web slice, as someone signed in with a role, with the form's CSRF token. */
public final class FormSlices {

    private FormSlices() {}

    public static MockHttpServletResponse send(MockMvc mvc, AbstractMockHttpServletRequestBuilder<?> form, String role)
            throws Exception {
        return mvc.perform(form.with(user(role.toLowerCase()).roles(role)).with(csrf()))
                .andReturn()
                .getResponse();
    }
}
