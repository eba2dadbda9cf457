package org.scrutiny.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.scrutiny.shared.tasks.TaskList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** Sending a form in a web slice, as someone signed in with a role, with the form's CSRF token. */
public final class FormSlices {

    private FormSlices() {}

    /**
     * What a web slice needs besides its controller: the test clock and what the site layout asks of every page
     * (the task list, here with no module's tasks in it).
     */
    @TestConfiguration
    @Import({TestClock.Configuration.class, TaskList.class})
    public static class Layout {}

    public static MockHttpServletResponse send(MockMvc mvc, AbstractMockHttpServletRequestBuilder<?> form, String role)
            throws Exception {
        return mvc.perform(form.with(user(role.toLowerCase()).roles(role)).with(csrf()))
                .andReturn()
                .getResponse();
    }
}
