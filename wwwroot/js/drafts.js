// Unsaved note drafts, kept in this tab while they are typed. A server restart ends the circuit and
// the page reloads; the note panels ask for their draft back when they appear, so nothing typed is lost.
(function () {
    const prefix = "dashboard-draft:";
    const store = {
        get: (key) => { try { return sessionStorage.getItem(prefix + key) || ""; } catch (e) { return ""; } },
        set: (key, value) => { try { value ? sessionStorage.setItem(prefix + key, value) : sessionStorage.removeItem(prefix + key); } catch (e) { } },
    };

    // One listener for every field marked data-draft-key: no call to the server per keystroke.
    document.addEventListener("input", (event) => {
        const marked = event.target && event.target.closest && event.target.closest("[data-draft-key]");
        const key = marked && marked.dataset.draftKey;
        if (key) {
            store.set(key, event.target.value);
        }
    });

    window.dashboardDrafts = {
        get: store.get,
        clear: (key) => store.set(key, ""),
    };
})();
