// The presenter's clock: the time of day where the presenter is, and how long the view has been
// open. It ticks here, in the browser: the server sends nothing each second.
export function start(element) {
    const began = Date.now();
    const two = (n) => String(n).padStart(2, "0");
    const tick = () => {
        const now = new Date();
        const seconds = Math.floor((Date.now() - began) / 1000);
        const hours = Math.floor(seconds / 3600);
        element.querySelector(".clock-now").textContent = `${two(now.getHours())}:${two(now.getMinutes())}`;
        element.querySelector(".clock-elapsed").textContent =
            (hours > 0 ? `${hours}:` : "") + `${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
    };
    tick();
    const timer = setInterval(tick, 1000);
    return { dispose: () => clearInterval(timer) };
}
