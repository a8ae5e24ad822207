// Keys that work on every view: Ctrl+K (⌘K) or "/" opens the search. "/" is left alone while
// someone types in a field, so it still types a slash there.
document.addEventListener("keydown", function (e) {
    var t = e.target;
    var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    var search = (e.key === "k" || e.key === "K") && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
    var slash = e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey;
    if (search || slash) {
        var button = document.getElementById("global-search-button");
        if (button) {
            e.preventDefault();
            button.click();
        }
    }
});

// Copies a view's address. The clipboard API needs a secure context (https or this computer);
// on a team server over plain http the older copy command does it. False when neither could.
window.dashboardClipboard = {
    copy: async function (text) {
        try {
            if (navigator.clipboard && window.isSecureContext) {
                await navigator.clipboard.writeText(text);
                return true;
            }
        } catch (e) { }
        var area = document.createElement("textarea");
        area.value = text;
        area.setAttribute("readonly", "");
        area.style.position = "fixed";
        area.style.opacity = "0";
        document.body.appendChild(area);
        area.select();
        var copied = false;
        try { copied = document.execCommand("copy"); } catch (e) { }
        area.remove();
        return copied;
    }
};
