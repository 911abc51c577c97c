import QtQuick
import QtQuick.Layouts
import Kiosk

// A touch-friendly date picker: year, month and day each with big − and + buttons (no tiny
// calendar). `value` is "YYYY-MM-DD" or ""; changes are reported with edited(text). An empty
// date offers "Today" as a starting point.
ColumnLayout {
    id: picker
    property string value: ""
    property string name: ""
    signal edited(string value)
    spacing: Theme.gap / 2

    readonly property bool empty: !/^\d{4}-\d{2}-\d{2}$/.test(value)
    readonly property var parts: empty ? [0, 0, 0] : value.split("-").map(Number)

    function pad(n, width) {
        var s = String(n)
        while (s.length < width)
            s = "0" + s
        return s
    }
    function daysIn(year, month) {
        return new Date(year, month, 0).getDate()
    }
    function emit(y, m, d) {
        d = Math.min(d, daysIn(y, m))
        picker.edited(pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2))
    }
    function today() {
        var now = new Date()
        emit(now.getFullYear(), now.getMonth() + 1, now.getDate())
    }
    function step(part, delta) {
        var now = new Date()
        var y = empty ? now.getFullYear() : parts[0]
        var m = empty ? now.getMonth() + 1 : parts[1]
        var d = empty ? now.getDate() : parts[2]
        if (part === 0)
            y = Math.max(1900, Math.min(2100, y + delta))
        else if (part === 1)
            m = (m - 1 + delta + 12) % 12 + 1
        else
            d = (d - 1 + delta + daysIn(y, m)) % daysIn(y, m) + 1
        emit(y, m, d)
    }

    RowLayout {
        spacing: Theme.gap
        Repeater {
            model: [
                { part: 0, label: qsTr("Year"), width: 4 },
                { part: 1, label: qsTr("Month"), width: 2 },
                { part: 2, label: qsTr("Day"), width: 2 }
            ]
            delegate: RowLayout {
                id: unit
                required property var modelData
                spacing: 4
                KButton {
                    objectName: "date_" + picker.name + "_" + unit.modelData.part + "_minus"
                    Layout.preferredWidth: Theme.buttonHeight
                    text: "−"
                    textPx: Theme.titlePx
                    outlined: true
                    onClicked: picker.step(unit.modelData.part, -1)
                }
                Column {
                    Layout.preferredWidth: Theme.elder ? 150 : 110
                    Text {
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        text: picker.empty ? "--" : picker.pad(picker.parts[unit.modelData.part], unit.modelData.width)
                        font.pixelSize: Theme.titlePx
                        font.bold: true
                        color: Theme.text
                    }
                    Text {
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        text: unit.modelData.label
                        font.pixelSize: Theme.labelPx
                        color: Theme.textMuted
                    }
                }
                KButton {
                    objectName: "date_" + picker.name + "_" + unit.modelData.part + "_plus"
                    Layout.preferredWidth: Theme.buttonHeight
                    text: "+"
                    textPx: Theme.titlePx
                    outlined: true
                    onClicked: picker.step(unit.modelData.part, 1)
                }
            }
        }
        KButton {
            objectName: "date_" + picker.name + "_today"
            visible: picker.empty
            outlined: true
            text: qsTr("Today")
            onClicked: picker.today()
        }
    }
}
