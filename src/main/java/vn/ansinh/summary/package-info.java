/**
 * Read-only summary pages for leaders and district staff: the year's targets by status, area and responsible unit,
 * ward report completeness and task progress, with drill-down lists and charts. Depends on plan, target, task and
 * report; nothing depends on it; writes nothing.
 */
package vn.ansinh.summary;
