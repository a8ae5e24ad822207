// The document reader's browser side: bring a statement into view, tell the server which passage
// of the article is selected (as offsets into the raw text), and show a passage again.
(function () {
    // Every run of the article is an element with data-start: its offset in the raw text.
    function offsetOf(container, node, offset) {
        let element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
        if (element === container) {
            // A boundary between runs: the start of the run at that index, or the end of the text.
            const runs = container.querySelectorAll("[data-start]");
            const next = container.childNodes[offset];
            if (next && next.dataset && next.dataset.start !== undefined) {
                return Number(next.dataset.start);
            }
            const last = runs[runs.length - 1];
            return last ? Number(last.dataset.start) + last.textContent.length : 0;
        }
        while (element && element !== container && (!element.dataset || element.dataset.start === undefined)) {
            element = element.parentElement;
        }
        if (!element || element === container) {
            return null;
        }
        if (node.nodeType !== Node.TEXT_NODE) {
            return Number(element.dataset.start) + (offset > 0 ? element.textContent.length : 0);
        }
        return Number(element.dataset.start) + offset;
    }

    function findPoint(container, position) {
        for (const run of container.querySelectorAll("[data-start]")) {
            const start = Number(run.dataset.start);
            const text = run.firstChild;
            if (text && text.nodeType === Node.TEXT_NODE && position >= start && position <= start + text.length) {
                return { node: text, offset: position - start };
            }
        }
        return null;
    }

    window.dashboardReader = {
        reveal: function (id) {
            const element = document.getElementById(id);
            if (element) {
                element.scrollIntoView({ block: "center" });
                element.focus({ preventScroll: true });
            }
        },

        watchSelection: function (container, dotnet) {
            let timer;
            let last = "";
            const report = () => {
                const selection = document.getSelection();
                let start = -1, end = -1;
                if (selection && selection.rangeCount > 0 && !selection.isCollapsed) {
                    const range = selection.getRangeAt(0);
                    if (container.contains(range.startContainer) && container.contains(range.endContainer)) {
                        const a = offsetOf(container, range.startContainer, range.startOffset);
                        const b = offsetOf(container, range.endContainer, range.endOffset);
                        if (a !== null && b !== null && b > a) {
                            start = a;
                            end = b;
                        }
                    }
                }
                const key = start + ":" + end;
                if (key !== last) {
                    last = key;
                    dotnet.invokeMethodAsync("SelectionChanged", start, end).catch(() => { });
                }
            };
            const onChange = () => {
                clearTimeout(timer);
                timer = setTimeout(report, 150);
            };
            document.addEventListener("selectionchange", onChange);
            return { dispose: () => document.removeEventListener("selectionchange", onChange) };
        },

        showPassage: function (container, start, end) {
            const a = findPoint(container, start);
            const b = findPoint(container, end);
            if (!a || !b) {
                return false;
            }
            const range = document.createRange();
            range.setStart(a.node, a.offset);
            range.setEnd(b.node, b.offset);
            const selection = document.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            const element = a.node.parentElement;
            element.scrollIntoView({ block: "center" });
            return true;
        }
    };
})();
