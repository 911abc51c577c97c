import QtQuick
import QtQuick.Layouts
import Kiosk

// The running configuration; key files, PIN hashes and other secrets are shown as ••••.
Item {
    objectName: "diagConfig"
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        Text {
            Layout.fillWidth: true
            text: qsTr("Running configuration (secrets hidden). Change it in the site file, then restart the kiosk service.")
            font.pixelSize: Theme.labelPx
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        ListView {
            objectName: "diagConfigList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 2
            model: Diagnostics.configLines
            boundsBehavior: Flickable.StopAtBounds
            delegate: Text {
                width: ListView.view.width
                text: modelData.key + " = " + modelData.value
                font.pixelSize: Theme.labelPx
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }
    }
}
