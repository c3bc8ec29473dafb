// Records the lesson visit (a POST: pages fetched with GET change nothing), then keeps
// progress marks current while the learner works (in the lesson or from the CLI).
(function () {
  const visit = document.body.dataset.visit;
  if (visit) fetch(visit, { method: "POST" }).catch(() => { /* "continue" just points elsewhere */ });
  const live = document.querySelectorAll("[data-progress-count]");
  if (!live.length) return;
  async function refresh() {
    try {
      const response = await fetch(document.body.dataset.base + "api/progress", { cache: "no-store" });
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
      refreshCompletion(lessons);
    } catch (error) {
      /* the hub is restarting: try again on the next tick */
    }
  }
  // The completion view follows the same answer: each lesson's cell, then the totals counted
  // from the cells (a module is done when all of its cells are).
  function refreshCompletion(lessons) {
    const view = document.getElementById("completion");
    if (!view) return;
    let exercises = 0;
    for (const [lessonId, lesson] of Object.entries(lessons)) {
      exercises += lesson.passed;
      view.querySelectorAll(`[data-completion-lesson="${lessonId}"]`).forEach((cell) => {
        cell.classList.remove("done", "started", "new");
        cell.classList.add(lesson.state);  // the hub's lesson_state: one rule for page and API
      });
    }
    const modules = [...view.querySelectorAll("[data-completion-module]")];
    modules.forEach((module) => {
      const cells = [...module.querySelectorAll(".cell")];
      module.classList.toggle("done", !cells.some((c) => !c.classList.contains("done")));
      // The map's bar for this module, from the same lessons.
      const ids = cells.map((cell) => cell.dataset.completionLesson).filter((id) => lessons[id]);
      const passed = ids.reduce((sum, id) => sum + lessons[id].passed, 0);
      const total = ids.reduce((sum, id) => sum + lessons[id].total, 0);
      const bar = document.querySelector(`[data-module-progress="${module.dataset.completionModule}"]`);
      if (bar && total) {
        bar.querySelector("progress").value = passed;
        bar.querySelector("[data-module-count]").textContent = `${passed}/${total}`;
      }
    });
    const cells = view.querySelectorAll(".cell");
    const lessonsDone = view.querySelectorAll(".cell.done").length;
    const totals = { lessons: lessonsDone, exercises, modules: modules.filter((m) => m.classList.contains("done")).length };
    for (const [name, value] of Object.entries(totals)) {
      const el = view.querySelector(`[data-completion-total="${name}"]`);
      if (el) el.textContent = String(value);
    }
    const finished = document.getElementById("course-finished");
    if (finished) finished.hidden = !(cells.length && lessonsDone === cells.length);
  }
  refresh();
  setInterval(refresh, 1500);
})();

// A lesson's first render covers its frame while the live lesson starts; once the live lesson
// shows as many outputs as the render holds (or has finished running), it takes over, scrolled
// to where the learner was reading.
(function () {
  const cover = document.getElementById("first-render");
  const frame = document.getElementById("lesson-frame");
  if (!cover || !frame) return;
  const render = cover.querySelector("[data-outputs]");
  const expected = Number(render ? render.dataset.outputs : 1) || 1;
  const started = Date.now();
  let settled = 0;
  function liveOutputs(doc) {
    return doc.querySelectorAll("#root .marimo-cell .output-area").length;
  }
  function handOver(doc) {
    clearInterval(timer);
    const reading = cover.scrollTop / Math.max(1, cover.scrollHeight - cover.clientHeight);
    cover.remove();
    if (!doc || !reading) return;
    const scroller = [doc.scrollingElement, ...doc.querySelectorAll("#root .overflow-y-auto")]
      .find((element) => element && element.scrollHeight > element.clientHeight + 1);
    if (scroller) scroller.scrollTop = reading * (scroller.scrollHeight - scroller.clientHeight);
  }
  const timer = setInterval(() => {
    let doc = null;
    try { doc = frame.contentDocument; } catch (error) { /* not ours: just show it */ }
    if (!doc) return handOver(null);
    const count = liveOutputs(doc);
    const running = doc.querySelector(".running-app-icon");
    settled = count > 0 && !running ? settled + 1 : 0;
    if (count >= expected || settled >= 3 || Date.now() - started > 60000) handOver(doc);
  }, 150);
})();
