import QtQuick
import QtQuick.Layouts
import Kiosk

// Title line of the apply screens: the service (or bundle) and where the resident is.
ColumnLayout {
    id: header
    property int stepNo: 1
    property string stepName: ""
    spacing: Theme.gap / 2
    Text {
        objectName: "applyTitle"
        Layout.fillWidth: true
        text: Apply.isBundle ? qsTr("Combined service: %1").arg(Apply.title) : Apply.title
        font.pixelSize: Theme.titlePx
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }
    Text {
        objectName: "applyStep"
        Layout.fillWidth: true
        text: qsTr("Step %1 of 5: %2").arg(header.stepNo).arg(header.stepName)
        font.pixelSize: Theme.labelPx
        font.bold: true
        color: Theme.primary
        wrapMode: Text.WordWrap
    }
}
