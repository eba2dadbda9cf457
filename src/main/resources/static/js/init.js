import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

initAll()

// A region that reports the progress of work done in the background asks the server how it is
// going every two seconds and says so, until the work is done.
for (const region of document.querySelectorAll('[data-progress-url]')) {
  const text = region.querySelector('[data-progress-text]')
  const poll = async () => {
    try {
      const response = await fetch(region.dataset.progressUrl, { headers: { Accept: 'application/json' } })
      if (response.ok) {
        const state = await response.json()
        text.textContent = state.message
        if (state.done) {
          return
        }
      }
    } catch (e) {
      // The network failed for a moment: try again on the next tick.
    }
    setTimeout(poll, 2000)
  }
  setTimeout(poll, 2000)
}
