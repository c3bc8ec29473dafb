// The glossary's search, in the page (no request): the names embedded in #glossary-data, each list item
// shown when one of its names contains the query, ranked as gradiente.course.glossary.Glossary.search
// ranks them: exact, then prefix, then substring; a main name before a variant; shorter names first.
(function () {
  const input = document.getElementById("glossary-search");
  const data = document.getElementById("glossary-data");
  const list = document.getElementById("glossary-list");
  if (!input || !data || !list) return;
  const names = JSON.parse(data.textContent);
  const items = Array.from(list.querySelectorAll(":scope > li"));
  const count = document.querySelector("#glossary-count span");
  const none = document.getElementById("glossary-none");

  // As normalize() in Python: no case, no accents, dashes as spaces, one space between words.
  function normalize(text) {
    return text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[-‐‑‒–—_/]/g, " ")
      .split(/\s+/)
      .filter(Boolean)
      .join(" ");
  }

  function compare(left, right) {
    for (let i = 0; i < left.length; i++) if (left[i] !== right[i]) return left[i] - right[i];
    return 0;
  }

  function ranked(wanted) {
    const found = [];
    names.forEach((termNames, index) => {
      let best = null;
      for (const [name, variant] of termNames) {
        const rank = name === wanted ? 0 : name.startsWith(wanted) ? 1 : name.includes(wanted) ? 2 : -1;
        if (rank < 0) continue;
        const key = [rank, variant, name.length, index];
        if (best === null || compare(key, best) < 0) best = key;
      }
      if (best !== null) found.push(best);
    });
    return found.sort(compare).map((key) => key[3]);
  }

  function search() {
    const wanted = normalize(input.value);
    const order = wanted ? ranked(wanted) : items.map((_, index) => index);
    items.forEach((item) => { item.hidden = true; });
    order.forEach((index) => {
      items[index].hidden = false;
      list.appendChild(items[index]);
    });
    count.textContent = String(order.length);
    none.hidden = order.length > 0;
  }

  input.addEventListener("input", search);
  const asked = new URLSearchParams(window.location.search).get("q");
  if (asked) input.value = asked;
  search();
})();
