// Draws the stance matrix from the model MatrixGridModel sends (decision 011). Every text goes in
// through textContent or an attribute, never as markup; icons are SVG paths built from their data.

const svgNamespace = "http://www.w3.org/2000/svg";

function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
        node.className = className;
    }

    if (text !== undefined) {
        node.textContent = text;
    }

    return node;
}

function icon(paths) {
    const svg = document.createElementNS(svgNamespace, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    svg.classList.add("cell-icon");
    for (const d of paths) {
        const path = document.createElementNS(svgNamespace, "path");
        path.setAttribute("d", d);
        svg.append(path);
    }

    return svg;
}

// Its name is its text: the stance and count as shown, then (for screen readers) the trend and whose cell it is.
function cellButton(cell, actor, program, selected) {
    const button = element("button", `cell-button ${cell.css}${selected ? " selected" : ""}`);
    button.type = "button";
    button.dataset.actor = actor;
    button.dataset.program = program;
    button.setAttribute("aria-pressed", selected ? "true" : "false");
    const said = `${cell.trendText ? ", " + cell.trendText : ""}${cell.hedged ? ", conditional" : ""}${cell.own ? ", its own program" : ""}: ${actor} on ${program}. Show the statements.`;
    const stance = element("span", "cell-stance");
    stance.append(icon(cell.icon), document.createTextNode(cell.label + " "));
    const meta = element("span", "cell-meta");
    if (cell.trendIcon.length > 0) {
        meta.append(icon(cell.trendIcon));
    }

    meta.append(document.createTextNode(cell.count));
    if (cell.hedged) {
        meta.append(element("span", "hedge", " (if…)")); // italic, as the stance chips show a hedge
    }

    button.append(stance, meta);
    if (cell.own) {
        button.append(element("span", "own-program", "leads"));
    }

    button.append(element("span", "visually-hidden", said));
    return button;
}

function emptyCell() {
    const span = element("span", "no-statements", "—");
    span.title = "no statements";
    span.append(element("span", "visually-hidden", " no statements"));
    return span;
}

export function draw(host, model, dotnet) {
    const table = element("table", "matrix-table");
    table.append(element("caption", "", model.caption));

    const thead = table.createTHead();
    const groups = thead.insertRow();
    groups.className = "program-groups";
    groups.append(element("td"));
    for (const group of model.groups) {
        const th = element("th", "program-group", group.name);
        th.scope = "colgroup";
        th.colSpan = group.span;
        groups.append(th);
    }

    const head = thead.insertRow();
    head.append(element("td"));
    for (const program of model.programs) {
        const th = element("th", "", program.name);
        th.scope = "col";
        if (program.lead) {
            th.append(element("span", "program-lead", `led by ${program.lead}`));
        }

        head.append(th);
    }

    const body = table.createTBody();
    for (const row of model.rows) {
        const tr = body.insertRow();
        const th = element("th", "", row.actor);
        th.scope = "row";
        tr.append(th);
        row.cells.forEach((cell, i) => {
            const td = element("td", "matrix-cell");
            const program = model.programs[i].name;
            td.append(cell
                ? cellButton(cell, row.actor, program, row.actor === model.selectedActor && program === model.selectedProgram)
                : emptyCell());
            tr.append(td);
        });
    }

    host.replaceChildren(table);
    host.onclick = (event) => {
        const button = event.target.closest("button.cell-button");
        if (button && host.contains(button)) {
            mark(host, button.dataset.actor, button.dataset.program);
            dotnet.invokeMethodAsync("CellActivated", button.dataset.actor, button.dataset.program);
        }
    };
    host.onkeydown = (event) => move(host, event);
    host.dataset.drawn = "true";
    showScrollHint(host);
    host.onscroll = () => showScrollHint(host);
    if (!host.dashboardResize) {
        host.dashboardResize = new ResizeObserver(() => showScrollHint(host));
        host.dashboardResize.observe(host);
    }
}

// Arrow keys move between the cells that have statements, as in a spreadsheet; Home and End go to
// the row's first and last.
const steps = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

function move(host, event) {
    const button = event.target.closest && event.target.closest("button.cell-button");
    if (!button) {
        return;
    }

    const rows = [...host.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td.matrix-cell")]);
    const td = button.closest("td");
    const r = rows.findIndex((cells) => cells.includes(td));
    const c = rows[r].indexOf(td);
    let target = null;
    if (event.key === "Home" || event.key === "End") {
        const found = rows[r].map((cell) => cell.querySelector("button")).filter(Boolean);
        target = event.key === "Home" ? found[0] : found[found.length - 1];
    } else if (steps[event.key]) {
        const [dr, dc] = steps[event.key];
        for (let i = r + dr, j = c + dc; i >= 0 && i < rows.length && j >= 0 && j < rows[i].length; i += dr, j += dc) {
            target = rows[i][j].querySelector("button");
            if (target) {
                break;
            }
        }
    } else {
        return;
    }

    event.preventDefault();
    if (target) {
        target.focus();
        target.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
}

// Says there is more to the right (or left) when the table is wider than its box.
function showScrollHint(host) {
    const more = host.scrollWidth - host.clientWidth - host.scrollLeft > 4;
    const before = host.scrollLeft > 4;
    host.dataset.moreRight = more ? "true" : "false";
    host.dataset.moreLeft = before ? "true" : "false";
}

// Shows which cell's evidence is open, without drawing the table again (the focus stays where it is).
export function mark(host, actor, program) {
    for (const button of host.querySelectorAll("button.cell-button")) {
        const selected = button.dataset.actor === actor && button.dataset.program === program;
        button.classList.toggle("selected", selected);
        button.setAttribute("aria-pressed", selected ? "true" : "false");
    }
}

// Puts the keyboard back on a cell (after its evidence panel closed).
export function focusCell(host, actor, program) {
    for (const button of host.querySelectorAll("button.cell-button")) {
        if (button.dataset.actor === actor && button.dataset.program === program) {
            button.focus();
            return;
        }
    }
}

export function dispose(host) {
    if (host && host.dashboardResize) {
        host.dashboardResize.disconnect();
        host.dashboardResize = null;
    }
}
