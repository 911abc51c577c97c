import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// Search as you type. The on-screen keyboard (Pinyin and English) is in Main.qml and rises
// when the field has focus.
Item {
    id: screen
    objectName: "searchScreen"
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap
        TextField {
            id: field
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.buttonHeight
            font.pixelSize: Theme.bodyPx
            color: Theme.text
            placeholderText: qsTr("Service name, pinyin or initials")
            placeholderTextColor: Theme.textMuted
            inputMethodHints: Qt.ImhNoPredictiveText
            leftPadding: Theme.gap
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.color: field.activeFocus ? Theme.primary : Theme.border
                border.width: 3
            }
            Component.onCompleted: forceActiveFocus()
        }
        // Results scroll inside whatever room the keyboard leaves.
        Flickable {
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: results.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            CatalogueEmpty { id: results; width: parent.width }
        }
    }
}
