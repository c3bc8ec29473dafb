// Records the lesson visit (a POST: pages fetched with GET change nothing), then keeps
// progress marks current while the learner works (in the lesson or from the CLI).
(function () {
  const visit = document.body.dataset.visit;
  if (visit) fetch(visit, { method: "POST" }).catch(() => { /* "continue" just points elsewhere */ });
  const live = document.querySelectorAll("[data-progress-count]");
  if (!live.length) return;
  async function refresh() {
    try {
      const response = await fetch("/api/progress", { cache: "no-store" });
      if (!response.ok) return;
      const { lessons } = await response.json();
      for (const [lessonId, lesson] of Object.entries(lessons)) {
        document.querySelectorAll(`[data-progress-count="${lessonId}"]`).forEach((el) => {
          el.textContent = `${lesson.passed}/${lesson.total}`;
          const bar = el.parentElement.querySelector("progress");
          if (bar) bar.value = lesson.passed;
        });
        for (const [exerciseId, status] of Object.entries(lesson.exercises)) {
          document.querySelectorAll(`.mark[data-exercise="${exerciseId}"]`).forEach((el) => {
            el.classList.remove("todo", "fail", "error", "pass");
            el.classList.add(status);
          });
        }
      }
    } catch (error) {
      /* the hub is restarting: try again on the next tick */
    }
  }
  refresh();
  setInterval(refresh, 1500);
})();
