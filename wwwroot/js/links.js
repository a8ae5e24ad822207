// Until the circuit is connected, a click on a link is an ordinary page load. Blazor's script
// takes over link clicks as soon as it runs, but a click it takes before the circuit is up changes
// the address without ever showing the new page. Listening on window in the capture phase runs
// before Blazor's listener on the document, so stopping the event there leaves the browser's own
// navigation to happen. The sign-in and set-up pages never become interactive: their links stay
// plain page loads, which is what they are there anyway (form submits are not clicks on links).
window.addEventListener("click", function (e) {
    if (document.querySelector(".app-shell[data-interactive='true']")) {
        return;
    }
    var link = e.target instanceof Element ? e.target.closest("a[href]") : null;
    if (link && e.button === 0) {
        e.stopPropagation();
    }
}, true);
