// Arrow keys, Page Up/Down, Home and End move through the briefing, as in a presentation,
// unless the key is meant for a field or a control that uses arrows itself. F (or the Present
// button) enters the presentation mode: the current slide alone, full screen, scaled to fit;
// there Space moves on too, and Esc leaves. The page is told, so colleagues can follow the presenter.
let owner = null;

export function listen(dotnet) {
    owner = dotnet;
    const moves = { ArrowRight: "next", PageDown: "next", ArrowLeft: "previous", PageUp: "previous", Home: "first", End: "last" };
    const onKey = (event) => {
        const target = event.target;
        if (event.altKey || event.ctrlKey || event.metaKey
            || (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))) {
            return;
        }
        if ((event.key === "f" || event.key === "F") && !event.shiftKey) {
            event.preventDefault();
            presenting() ? leave() : present();
            return;
        }
        if (event.key === "Escape" && presenting()) {
            leave();
            return;
        }
        const move = event.key === " " && presenting() ? (event.shiftKey ? "previous" : "next") : (event.shiftKey ? undefined : moves[event.key]);
        if (!move) {
            return;
        }
        event.preventDefault();
        dotnet.invokeMethodAsync("Go", move).catch(() => { });
    };
    // Leaving full screen (Esc in the browser's own full screen, or its exit button) leaves the mode.
    const onFullscreen = () => { if (!document.fullscreenElement && presenting()) { leave(); } };
    // A new slide, or a slide whose content changed, is fitted again (the slides may arrive after
    // this module, once the page has loaded them, so the page's main area is watched).
    const observer = new MutationObserver(() => { if (presenting()) { fit(); } });
    observer.observe(document.getElementById("main") ?? document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["class"] });
    document.addEventListener("keydown", onKey);
    document.addEventListener("fullscreenchange", onFullscreen);
    window.addEventListener("resize", fit);
    // Keys work from here on (the page's first moments are before this module has loaded).
    document.documentElement.dataset.briefingKeys = "ready";
    return {
        dispose: () => {
            document.removeEventListener("keydown", onKey);
            document.removeEventListener("fullscreenchange", onFullscreen);
            window.removeEventListener("resize", fit);
            observer.disconnect();
            delete document.documentElement.dataset.briefingKeys;
            leave();
            owner = null;
        },
    };
}

function presenting() {
    return document.documentElement.classList.contains("presenting");
}

export function present() {
    document.documentElement.classList.add("presenting");
    // Full screen where the browser allows it; the mode works in a window too.
    document.documentElement.requestFullscreen?.().catch(() => { });
    fit();
    document.querySelector(".slides")?.focus({ preventScroll: true });
    owner?.invokeMethodAsync("Presenting", true).catch(() => { });
}

export function leave() {
    if (!presenting()) {
        return;
    }
    document.documentElement.classList.remove("presenting");
    for (const slide of document.querySelectorAll(".slide")) {
        slide.style.removeProperty("--slide-scale");
    }
    if (document.fullscreenElement) {
        document.exitFullscreen().catch(() => { });
    }
    owner?.invokeMethodAsync("Presenting", false).catch(() => { });
}

// A long slide is scaled down to the screen's height: it never scrolls.
function fit() {
    const slide = document.querySelector(".slide.current");
    const area = document.querySelector(".slides");
    if (!slide || !area || !presenting()) {
        return;
    }
    slide.style.setProperty("--slide-scale", "1");
    const style = getComputedStyle(area);
    const available = area.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const needed = slide.scrollHeight;
    const scale = needed > available ? Math.max(0.3, available / needed) : 1;
    slide.style.setProperty("--slide-scale", scale.toFixed(3));
}
