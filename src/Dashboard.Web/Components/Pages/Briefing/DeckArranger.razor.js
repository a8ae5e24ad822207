// Dragging a slide in the deck's list: the page is told which slide went where; the buttons beside
// each slide do the same from the keyboard. The list is drawn by the page, never here.
export function listen(list, dotnet) {
    let dragged = null;
    const itemAt = (event) => event.target.closest?.(".deck-item");
    const onStart = (event) => {
        const item = itemAt(event);
        if (!item) {
            return;
        }
        dragged = item;
        item.classList.add("dragging");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", item.dataset.slideId);
    };
    const onOver = (event) => {
        if (dragged && itemAt(event)) {
            event.preventDefault();
            event.dataTransfer.dropEffect = "move";
        }
    };
    const onDrop = (event) => {
        const target = itemAt(event);
        if (!dragged || !target) {
            return;
        }
        event.preventDefault();
        const items = [...list.querySelectorAll(".deck-item")];
        const index = items.indexOf(target);
        dotnet.invokeMethodAsync("Drop", Number(dragged.dataset.slideId), index).catch(() => { });
    };
    const onEnd = () => {
        dragged?.classList.remove("dragging");
        dragged = null;
    };
    list.addEventListener("dragstart", onStart);
    list.addEventListener("dragover", onOver);
    list.addEventListener("drop", onDrop);
    list.addEventListener("dragend", onEnd);
    return {
        dispose: () => {
            list.removeEventListener("dragstart", onStart);
            list.removeEventListener("dragover", onOver);
            list.removeEventListener("drop", onDrop);
            list.removeEventListener("dragend", onEnd);
        },
    };
}
