// Practice: bring the latest message into view and put the cursor in the reply box;
// Ctrl+Enter (or Cmd+Enter) sends. The page works the same without this file.
(function () {
  "use strict";
  var box = document.getElementById("say");
  var target = document.getElementById(location.hash.slice(1)) || null;
  if (target && target.scrollIntoView) target.scrollIntoView({block: "center"});
  if (box) {
    // After a reply the box has `autofocus`; this covers browsers that skip it.
    if (location.hash === "#latest" || location.hash === "#say") {
      window.addEventListener("load", function () { box.focus({preventScroll: true}); });
    }
    box.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        box.form.requestSubmit();
      }
    });
  }
})();
