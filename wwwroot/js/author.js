// The display name that annotations are signed with, remembered in this browser until accounts exist.
window.dashboardAuthor = {
    get: function () {
        try { return window.localStorage.getItem("dashboard-author") || ""; } catch (e) { return ""; }
    },
    set: function (name) {
        try { window.localStorage.setItem("dashboard-author", name); } catch (e) { }
        return name;
    }
};
