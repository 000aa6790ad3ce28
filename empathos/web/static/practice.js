// Practice: bring the latest message into view and put the cursor in the reply box;
// Ctrl+Enter (or Cmd+Enter) sends. The page works the same without this file.
(function () {
  "use strict";
  var box = document.getElementById("say");
  var target = document.getElementById(location.hash.slice(1)) || null;
  if (target && target.scrollIntoView) target.scrollIntoView({block: "center"});
  if (box) {
    if (location.hash === "#latest" || location.hash === "#say") box.focus();
    box.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        box.form.requestSubmit();
      }
    });
  }
})();
