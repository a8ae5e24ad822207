// The reconnection dialog of Components/Layout/ReconnectModal.razor. Blazor's script reports the
// connection's state on the dialog; this opens and closes it and answers its buttons.
(() => {
    const dialog = document.getElementById("components-reconnect-modal");
    if (!dialog) {
        return;
    }

    const retryWhenVisible = () => {
        if (document.visibilityState === "visible") {
            retry();
        }
    };

    // Rejoin the circuit; a circuit the server no longer knows is resumed from the page's state,
    // and when that fails too only a reload is left.
    async function retry() {
        document.removeEventListener("visibilitychange", retryWhenVisible);
        try {
            if (await Blazor.reconnect()) {
                return;
            }
            if (await Blazor.resumeCircuit()) {
                dialog.close();
            } else {
                location.reload();
            }
        } catch {
            document.addEventListener("visibilitychange", retryWhenVisible);
        }
    }

    async function resume() {
        try {
            if (!(await Blazor.resumeCircuit())) {
                location.reload();
            }
        } catch {
            dialog.classList.replace("components-reconnect-paused", "components-reconnect-resume-failed");
        }
    }

    dialog.addEventListener("components-reconnect-state-changed", event => {
        switch (event.detail.state) {
            case "show":
                if (!dialog.open) {
                    dialog.showModal();
                }
                break;
            case "hide":
                dialog.close();
                break;
            case "failed":
                // A laptop woken up between agenda items retries at once.
                document.addEventListener("visibilitychange", retryWhenVisible);
                break;
            case "rejected":
                location.reload();
                break;
        }
    });

    document.getElementById("components-reconnect-button").addEventListener("click", retry);
    document.getElementById("components-resume-button").addEventListener("click", resume);
    document.getElementById("components-reload-button").addEventListener("click", () => location.reload());
})();
