// Brings a statement of the document reader into view and gives it focus for keyboard users.
window.dashboardReader = {
    reveal: function (id) {
        var element = document.getElementById(id);
        if (element) {
            element.scrollIntoView({ block: "center" });
            element.focus({ preventScroll: true });
        }
    }
};
