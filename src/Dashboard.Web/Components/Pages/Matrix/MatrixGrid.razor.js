// Draws the stance matrix from the model MatrixGridModel sends (decision 011). Every text goes in
// through textContent or an attribute, never as markup.

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

// Few elements a cell: the icons are the spans' own ::before (Bootstrap Icons' classes). Its name is
// its text: the stance and count as shown, then (for screen readers) the trend and whose cell it is.
function cellButton(cell, actor, program, selected) {
    const button = element("button", `cell-button ${cell.css}${selected ? " selected" : ""}`);
    button.type = "button";
    button.dataset.actor = actor;
    button.dataset.program = program;
    button.setAttribute("aria-pressed", selected ? "true" : "false");
    const said = `${cell.trendText ? ", " + cell.trendText : ""}${cell.hedged ? ", conditional" : ""}: ${actor} on ${program}. Show the statements.`;
    const meta = element("span", `cell-meta${cell.trendIcon ? " bi " + cell.trendIcon : ""}`, cell.count);
    if (cell.hedged) {
        meta.append(element("span", "hedge", " (if…)")); // italic, as the stance badges show a hedge
    }

    button.append(element("span", `cell-stance bi ${cell.icon}`, cell.label + " "), meta, element("span", "visually-hidden", said));
    return button;
}

export function draw(host, model, dotnet) {
    const table = element("table", "table matrix-table");
    table.append(element("caption", "", model.caption));

    const head = table.createTHead().insertRow();
    head.append(element("td"));
    for (const program of model.programs) {
        const th = element("th", "", program);
        th.scope = "col";
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
            const program = model.programs[i];
            td.append(cell
                ? cellButton(cell, row.actor, program, row.actor === model.selectedActor && program === model.selectedProgram)
                : element("span", "no-statements", "no statements"));
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
    host.dataset.drawn = "true";
}

// Shows which cell's evidence is open, without drawing the table again (the focus stays where it is).
export function mark(host, actor, program) {
    for (const button of host.querySelectorAll("button.cell-button")) {
        const selected = button.dataset.actor === actor && button.dataset.program === program;
        button.classList.toggle("selected", selected);
        button.setAttribute("aria-pressed", selected ? "true" : "false");
    }
}
