// The print view's Print button: shown only where scripts run, since only a script can open
// the browser's print dialogue (without it, the reader uses the browser's own Print).
document.querySelectorAll("[data-print-button]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
});
