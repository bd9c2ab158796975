// eventwire dashboard: draw every Vega-Lite chart on the page.
// Each <div class="chart" data-spec="ID"> names a <script type="application/json" id="ID"> holding
// its spec. Charts are embedded with `ast: true`, so Vega interprets expressions with the bundled
// vega-interpreter instead of compiling them with `new Function` (no 'unsafe-eval' in the CSP).
"use strict";

(function () {
  const OPTIONS = {
    ast: true,
    actions: false,
    defaultStyle: false,
    tooltip: false,
    renderer: "svg",
  };

  function draw(element) {
    const source = document.getElementById(element.dataset.spec);
    if (!source) {
      return;
    }
    let spec;
    try {
      spec = JSON.parse(source.textContent);
    } catch (error) {
      element.textContent = "This chart could not be read.";
      console.error("eventwire: bad chart spec", error);
      return;
    }
    window.vegaEmbed(element, spec, OPTIONS).then(
      function () {
        element.dataset.drawn = "true";
      },
      function (error) {
        element.textContent = "This chart could not be drawn.";
        console.error("eventwire: chart failed", error);
      }
    );
  }

  function drawAll() {
    if (typeof window.vegaEmbed !== "function") {
      console.error("eventwire: the Vega bundle did not load");
      return;
    }
    document.querySelectorAll(".chart[data-spec]").forEach(draw);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
