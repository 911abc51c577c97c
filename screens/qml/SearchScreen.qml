import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// Search as you type. The on-screen keyboard (Pinyin and English) is in Main.qml and rises
// when the field has focus. Letters still being composed by the Pinyin keyboard (preedit) are
// searched too: the index understands pinyin, so results appear before a character is chosen.
Item {
    id: screen
    objectName: "searchScreen"

    readonly property string typed: (field.text + field.preeditText).trim()
    readonly property int count: Catalogue.results.count

    function runSearch() { Catalogue.search(field.text + field.preeditText) }

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
            onTextChanged: screen.runSearch()
            onPreeditTextChanged: screen.runSearch()
            Component.onCompleted: {
                // Coming back from a guide: show the same search again.
                text = Catalogue.query
                screen.runSearch()
                forceActiveFocus()
            }
        }

        Text {
            objectName: "searchHeading"
            Layout.fillWidth: true
            visible: Catalogue.ready && screen.count > 0
            text: screen.typed === "" ? qsTr("Popular services")
                                      : qsTr("Services found: %1").arg(
                                            screen.count >= Catalogue.resultLimit ? screen.count + "+"
                                                                                  : screen.count)
            font.pixelSize: Theme.labelPx
            font.bold: true
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }

        // Results scroll inside whatever room the keyboard leaves.
        ListView {
            id: list
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: Catalogue.ready && screen.count > 0
            clip: true
            spacing: Theme.gap / 2
            boundsBehavior: Flickable.StopAtBounds
            model: Catalogue.results
            delegate: ServiceRow {
                objectName: "result_" + index
                width: list.width
            }
            ScrollIndicator.vertical: ScrollIndicator { }
        }

        Rectangle {
            objectName: "searchNoResults"
            Layout.fillWidth: true
            visible: Catalogue.ready && screen.count === 0 && screen.typed !== ""
            implicitHeight: none.implicitHeight + 2 * Theme.margin
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            ColumnLayout {
                id: none
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.gap
                Text {
                    Layout.fillWidth: true
                    text: qsTr("No service matches \"%1\"").arg(screen.typed)
                    font.pixelSize: Theme.bodyPx
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Try fewer characters, the first letters of the pinyin (for example sbk for 社保卡), or go back and choose a theme.")
                    font.pixelSize: Theme.bodyPx
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
            }
        }

        Text {
            objectName: "searchLoading"
            Layout.fillWidth: true
            visible: Catalogue.state === "loading"
            text: qsTr("Loading the list of services…")
            font.pixelSize: Theme.bodyPx
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }

        Flickable {
            objectName: "searchEmpty"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: Catalogue.state === "missing"
            clip: true
            contentHeight: empty.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            CatalogueEmpty { id: empty; width: parent.width }
        }

        Item { Layout.fillHeight: true; visible: !list.visible && Catalogue.state !== "missing" }
    }
}
