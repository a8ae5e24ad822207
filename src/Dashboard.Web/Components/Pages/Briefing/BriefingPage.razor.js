// Arrow keys, Page Up/Down, Home and End move through the briefing, as in a presentation,
// unless the key is meant for a field or a control that uses arrows itself.
export function listen(dotnet) {
    const moves = { ArrowRight: "next", PageDown: "next", ArrowLeft: "previous", PageUp: "previous", Home: "first", End: "last" };
    const onKey = (event) => {
        const move = moves[event.key];
        const target = event.target;
        if (!move || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey
            || (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)))) {
            return;
        }
        event.preventDefault();
        dotnet.invokeMethodAsync("Go", move).catch(() => { });
    };
    document.addEventListener("keydown", onKey);
    return { dispose: () => document.removeEventListener("keydown", onKey) };
}
