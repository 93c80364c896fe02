/*
 * Drag and drop for boards and grids (the stakeholder grid, PDCA boards), with mouse, pen or touch alike.
 * An element with data-drag="<item>" is picked up and dropped on an element with data-drop="<target>"; the nearest
 * ancestor with data-drag-command="<name>" names the p:remoteCommand that is told {item, target} (read on the server by
 * nl.pmohub.shared.web.Drop). Pointer events, not HTML5 drag and drop: they work on touch screens and for WebDriver.
 * The item itself may be a link (a click without a move still opens it); controls inside it are left alone.
 * Keyboard users make the same change in the item's dialog.
 */
(function () {
    'use strict';
    var drag = null;

    function targetAt(x, y) {
        var under = document.elementFromPoint(x, y);
        var target = under && under.closest('[data-drop]');
        return target && drag.area.contains(target) ? target : null;
    }

    function mark(target) {
        if (drag.over !== target) {
            if (drag.over) drag.over.classList.remove('drop-over');
            if (target) target.classList.add('drop-over');
            drag.over = target;
        }
    }

    function end() {
        if (!drag) return;
        mark(null);
        if (drag.ghost.parentNode) drag.ghost.parentNode.removeChild(drag.ghost);
        drag.item.classList.remove('dragging');
        drag = null;
    }

    document.addEventListener('pointerdown', function (e) {
        var item = e.button === 0 && e.target.closest('[data-drag]');
        var control = item && e.target.closest('button, a, input, select, textarea');
        if (!item || (control && control !== item && item.contains(control))) return;
        var area = item.closest('[data-drag-command]');
        if (!area) return;
        var box = item.getBoundingClientRect();
        drag = {item: item, area: area, over: null, moved: false, x: e.clientX, y: e.clientY,
                dx: e.clientX - box.left, dy: e.clientY - box.top, ghost: item.cloneNode(true)};
        drag.ghost.removeAttribute('id');
        drag.ghost.classList.add('drag-ghost');
        drag.ghost.style.width = box.width + 'px';
        e.preventDefault();
    });

    document.addEventListener('pointermove', function (e) {
        if (!drag) return;
        if (!drag.moved) {
            if (Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) < 5) return;
            drag.moved = true;
            drag.item.classList.add('dragging');
            document.body.appendChild(drag.ghost);
        }
        drag.ghost.style.left = (e.clientX - drag.dx) + 'px';
        drag.ghost.style.top = (e.clientY - drag.dy) + 'px';
        mark(targetAt(e.clientX, e.clientY));
    });

    document.addEventListener('pointerup', function (e) {
        if (!drag) return;
        var target = drag.moved ? targetAt(e.clientX, e.clientY) : null;
        var command = window[drag.area.getAttribute('data-drag-command')];
        var item = drag.item.getAttribute('data-drag');
        end();
        if (target && command) {
            command([{name: 'item', value: item}, {name: 'target', value: target.getAttribute('data-drop')}]);
        }
    });

    document.addEventListener('pointercancel', end);
    document.addEventListener('keydown', function (e) {
        if (e.key === 'Escape') end();
    });
})();
