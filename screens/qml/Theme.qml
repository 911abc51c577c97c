pragma Singleton
import QtQuick
import Kiosk

// Sizes and colours for normal and elder (适老化) mode. Every Text in the UI takes its size from
// here; tests walk the item tree and check the minimums below in both modes.
// Pixel sizes assume ~96 dpi: 18 pt = 24 px, 30 pt = 40 px.
QtObject {
    readonly property bool elder: App.elderMode

    // -- type scale ----------------------------------------------------------------------------
    readonly property int minTextPx: elder ? 40 : 24       // the floor every Text must respect
    readonly property int bodyPx: elder ? 40 : 26
    readonly property int labelPx: elder ? 40 : 24
    readonly property int titlePx: elder ? 56 : 40
    readonly property int headlinePx: elder ? 72 : 56
    readonly property int displayPx: elder ? 120 : 104

    // -- touch targets -------------------------------------------------------------------------
    readonly property int minTouch: elder ? 60 : 44       // the floor every button must respect
    readonly property int buttonHeight: elder ? 104 : 72
    readonly property int tileHeight: elder ? 200 : 168
    readonly property int statusBarHeight: elder ? 96 : 72
    readonly property int navBarHeight: elder ? 128 : 96
    readonly property int gap: elder ? 28 : 20
    readonly property int margin: elder ? 40 : 32
    readonly property int radius: 12
    readonly property int homeColumns: 4

    // -- colours (every text/background pair here has contrast >= 4.5:1; tests check) ----------
    readonly property color background: elder ? "#FFFFFF" : "#F2F5FA"
    readonly property color surface: "#FFFFFF"
    readonly property color text: elder ? "#000000" : "#1A202C"
    readonly property color textMuted: elder ? "#1A202C" : "#4A5568"
    readonly property color primary: elder ? "#003A80" : "#0B57A4"
    readonly property color primaryPressed: "#062F5C"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color statusBar: "#0A2E5C"
    readonly property color textOnStatusBar: "#FFFFFF"
    readonly property color attractTop: "#0B57A4"
    readonly property color attractBottom: "#062F5C"
    readonly property color ok: "#1E7B34"
    readonly property color warn: "#8A5300"
    readonly property color danger: "#B3261E"
    readonly property color textOnDanger: "#FFFFFF"
    readonly property color border: elder ? "#1A202C" : "#CBD5E0"
    readonly property color scrim: "#99000000"
    readonly property color indicatorOk: "#7CE38B"
    readonly property color indicatorBad: "#FFB4A9"
    readonly property string fontFamily: Qt.application.font.family
}
