// Light/dark theme: applied before first paint, remembered in a cookie so the server renders the
// same choice on the next visit. Without a remembered choice the system preference is followed.
(function () {
    "use strict";
    var cookieName = "dashboard-theme";

    function remembered() {
        var match = document.cookie.match(/(?:^|;\s*)dashboard-theme=(light|dark)(?:;|$)/);
        return match ? match[1] : null;
    }

    function preferred() {
        var stored = remembered();
        if (stored) {
            return stored;
        }
        var system = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
        // Lets the server paint the next visit in the system's scheme too (no flash of light).
        document.cookie = "dashboard-system-theme=" + system + "; path=/; max-age=31536000; samesite=lax";
        return system;
    }

    function apply(theme) {
        document.documentElement.setAttribute("data-theme", theme);
    }

    apply(preferred());

    window.dashboardTheme = {
        // Called before the server re-renders the palette: no colour fades while the two halves
        // of a theme change arrive, so the page is never half in each theme.
        freeze: function () {
            document.documentElement.classList.add("theme-switching");
        },
        current: function () {
            return document.documentElement.getAttribute("data-theme") === "dark" ? "dark" : "light";
        },
        set: function (theme) {
            var value = theme === "dark" ? "dark" : "light";
            apply(value);
            document.cookie = cookieName + "=" + value + "; path=/; max-age=31536000; samesite=lax";
            requestAnimationFrame(function () {
                requestAnimationFrame(function () { document.documentElement.classList.remove("theme-switching"); });
            });
            return value;
        }
    };

    // Enhanced navigation copies the server's <html> attributes; keep the chosen theme.
    document.addEventListener("DOMContentLoaded", function () {
        if (window.Blazor && window.Blazor.addEventListener) {
            window.Blazor.addEventListener("enhancedload", function () { apply(preferred()); });
        }
    });
})();
