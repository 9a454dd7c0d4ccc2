// Entry of preview.html: the fake Excel and the simulated grid first (./boot installs the Office
// and Excel globals synchronously), then the real task pane, unchanged, mounted in #root.
// Imports run in this order.
import "./boot";
import "../taskpane/index";
