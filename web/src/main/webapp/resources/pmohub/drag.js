/*
 * Drag and drop for boards and grids (the stakeholder grid, PDCA boards), with mouse, pen or touch alike.
 * An element with data-drag="<item>" is picked up and dropped on an element with data-drop="<target>"; the nearest
 * ancestor with data-drag-command="<name>" names the p:remoteCommand that is told {item, target} (read on the server by
 * nl.pmohub.shared.web.Drop). Pointer events, not HTML5 drag and drop: they work on touch screens and for WebDriver.
 * The item itself may be a link (a click without a move still opens it); controls inside it are left alone.
 * Keyboard: an item with the focus moves to the nearest target in the direction of an arrow key (Ctrl + arrow), and
 * keeps the focus after the board is drawn again; the item's dialog makes the same change field by field.
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

    /** The target nearest to {@code from} in a direction (dx, dy = -1, 0 or 1), straight lines preferred. */
    function nextTarget(area, from, dx, dy) {
        var a = from.getBoundingClientRect(), best = null, bestCost = Infinity;
        area.querySelectorAll('[data-drop]').forEach(function (target) {
            if (target === from) return;
            var b = target.getBoundingClientRect();
            var x = (b.left + b.width / 2) - (a.left + a.width / 2), y = (b.top + b.height / 2) - (a.top + a.height / 2);
            var along = dx !== 0 ? x * dx : y * dy, across = Math.abs(dx !== 0 ? y : x);
            if (along <= 1) return;
            var cost = along + 3 * across;
            if (cost < bestCost) {
                best = target;
                bestCost = cost;
            }
        });
        return best;
    }

    var focusAfterUpdate = null;
    var ARROWS = {ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1]};
    document.addEventListener('keydown', function (e) {
        var item = e.target.closest && e.target.closest('[data-drag]');
        var arrow = ARROWS[e.key];
        if (!item || !arrow || !e.ctrlKey) return;
        var area = item.closest('[data-drag-command]');
        var from = item.closest('[data-drop]');
        var command = area && window[area.getAttribute('data-drag-command')];
        var target = from && command && nextTarget(area, from, arrow[0], arrow[1]);
        if (!target) return;
        e.preventDefault();
        focusAfterUpdate = item.getAttribute('data-drag');
        command([{name: 'item', value: focusAfterUpdate}, {name: 'target', value: target.getAttribute('data-drop')}]);
    });
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function () {
            if (focusAfterUpdate) {
                var moved = document.querySelector('[data-drag="' + focusAfterUpdate + '"]');
                focusAfterUpdate = null;
                if (moved) moved.focus();
            }
        });
    }

    document.addEventListener('pointercancel', end);
    document.addEventListener('keydown', function (e) {
        if (e.key === 'Escape') end();
    });
})();
