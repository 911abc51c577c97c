import QtQuick

// A loudspeaker drawn with the scene graph (no icon font on the kiosk): waves when on, a cross
// when off. Decoration only: the text beside it says the same.
Canvas {
    id: icon
    property bool on: true
    property color color: "white"
    implicitWidth: Theme.elder ? 48 : 36
    implicitHeight: implicitWidth
    onOnChanged: requestPaint()
    onColorChanged: requestPaint()
    onWidthChanged: requestPaint()
    onPaint: {
        var ctx = getContext("2d")
        var s = width / 24
        ctx.reset()
        ctx.fillStyle = icon.color
        ctx.strokeStyle = icon.color
        ctx.lineWidth = 2 * s
        ctx.lineCap = "round"
        ctx.beginPath()
        ctx.moveTo(2 * s, 9 * s); ctx.lineTo(7 * s, 9 * s); ctx.lineTo(13 * s, 3 * s)
        ctx.lineTo(13 * s, 21 * s); ctx.lineTo(7 * s, 15 * s); ctx.lineTo(2 * s, 15 * s)
        ctx.closePath()
        ctx.fill()
        ctx.beginPath()
        if (icon.on) {
            ctx.arc(13 * s, 12 * s, 5 * s, -Math.PI / 4, Math.PI / 4)
            ctx.moveTo(13 * s + 9 * s * Math.cos(-Math.PI / 4), 12 * s + 9 * s * Math.sin(-Math.PI / 4))
            ctx.arc(13 * s, 12 * s, 9 * s, -Math.PI / 4, Math.PI / 4)
        } else {
            ctx.moveTo(16 * s, 8 * s); ctx.lineTo(23 * s, 16 * s)
            ctx.moveTo(23 * s, 8 * s); ctx.lineTo(16 * s, 16 * s)
        }
        ctx.stroke()
    }
}
