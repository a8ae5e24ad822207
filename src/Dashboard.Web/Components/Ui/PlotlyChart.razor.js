// Loads plotly.js once (a classic script that defines window.Plotly) and draws charts with it.
let loading;

function loadPlotly(src) {
    if (window.Plotly) {
        return Promise.resolve(window.Plotly);
    }

    loading ??= new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = src;
        script.onload = () => resolve(window.Plotly);
        script.onerror = () => reject(new Error("plotly.js could not be loaded"));
        document.head.appendChild(script);
    });
    return loading;
}

function themed(layout) {
    const dark = document.documentElement.getAttribute("data-bs-theme") === "dark";
    const text = dark ? "#dee2e6" : "#212529";
    const grid = dark ? "#495057" : "#dee2e6";
    return {
        ...layout,
        paper_bgcolor: "rgba(0,0,0,0)",
        plot_bgcolor: "rgba(0,0,0,0)",
        font: { color: text, size: 14 },
        xaxis: { ...(layout.xaxis || {}), gridcolor: grid },
        yaxis: { ...(layout.yaxis || {}), gridcolor: grid },
    };
}

export async function render(element, plotlySrc, data, layout, dotnet) {
    const Plotly = await loadPlotly(plotlySrc);
    await Plotly.react(element, data, themed(layout), { responsive: true, displaylogo: false, displayModeBar: false });
    const onClick = (event) => {
        const point = event.points && event.points[0];
        if (point && point.customdata !== undefined) {
            dotnet.invokeMethodAsync("PointClicked", String(point.customdata));
        }
    };
    element.on("plotly_click", onClick);
    const observer = new MutationObserver(() => Plotly.relayout(element, themed(layout)));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-bs-theme"] });
    return {
        dispose: () => {
            observer.disconnect();
            element.removeAllListeners && element.removeAllListeners("plotly_click");
            Plotly.purge(element);
        },
    };
}
