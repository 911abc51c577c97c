import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// Place the ID card, reading it, and everything that can go wrong with the card or the reader.
Item {
    id: screen
    objectName: "idCardScreen"
    readonly property string step: Identity.step
    readonly property bool failed: step === "error"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        IdentityHeader {
            Layout.fillWidth: true
            title: qsTr("Read your ID card")
        }

        // -- waiting for the card: a card that settles on the reader, again and again -------
        Item {
            objectName: "placeCardPanel"
            visible: screen.step === "place_card"
            Layout.fillWidth: true
            Layout.fillHeight: true

            Item {
                id: art
                width: Theme.elder ? 380 : 440
                height: Theme.elder ? 300 : 360
                anchors.verticalCenter: parent.verticalCenter
                anchors.left: parent.left
                anchors.leftMargin: Theme.margin
                Rectangle {
                    id: reader
                    anchors.bottom: parent.bottom
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: parent.width
                    height: parent.height * 0.28
                    radius: Theme.radius
                    color: Theme.statusBar
                    Rectangle {
                        anchors.centerIn: parent
                        width: parent.width * 0.6
                        height: 8
                        radius: 4
                        color: Theme.indicatorOk
                    }
                }
                Rectangle {
                    id: card
                    objectName: "cardAnimation"
                    width: parent.width * 0.7
                    height: width * 0.63
                    anchors.horizontalCenter: parent.horizontalCenter
                    radius: Theme.radius
                    color: "#E8F0FB"
                    border.color: Theme.primary
                    border.width: 3
                    Rectangle {
                        x: parent.width * 0.64; y: parent.height * 0.18
                        width: parent.width * 0.26; height: parent.height * 0.62
                        radius: 6
                        color: "#B8CBE4"
                    }
                    Column {
                        x: parent.width * 0.08; y: parent.height * 0.22
                        spacing: parent.height * 0.1
                        Repeater {
                            model: 4
                            Rectangle { width: card.width * (0.48 - index * 0.05); height: 8; radius: 4; color: "#B8CBE4" }
                        }
                    }
                    SequentialAnimation on y {
                        loops: Animation.Infinite
                        running: screen.step === "place_card"
                        NumberAnimation { from: 0; to: art.height - reader.height - card.height * 0.55; duration: 1400; easing.type: Easing.OutCubic }
                        PauseAnimation { duration: 900 }
                        NumberAnimation { to: 0; duration: 0 }
                        PauseAnimation { duration: 300 }
                    }
                }
            }
            ColumnLayout {
                anchors.left: art.right
                anchors.leftMargin: Theme.margin * 2
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.gap
                Text {
                    objectName: "placeCardText"
                    Layout.fillWidth: true
                    text: qsTr("Please place your ID card on the reader below the screen")
                    font.pixelSize: Theme.headlinePx * (Theme.elder ? 0.8 : 0.7)
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Photo side up, flat on the reader. Keep it there until it has been read.")
                    font.pixelSize: Theme.bodyPx
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "placeCardRemaining"
                    Layout.fillWidth: true
                    text: qsTr("Waiting for your card: %1 s").arg(Identity.remaining)
                    font.pixelSize: Theme.labelPx
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
            }
        }

        // -- reading ------------------------------------------------------------------------
        ColumnLayout {
            objectName: "readingPanel"
            visible: screen.step === "reading"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap * 2
            Item { Layout.fillHeight: true }
            Text {
                objectName: "readingText"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Reading your ID card. Please keep it still…")
                font.pixelSize: Theme.headlinePx * (Theme.elder ? 0.8 : 0.7)
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            ProgressBar {
                objectName: "readingProgress"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: parent.width * 0.6
                Layout.preferredHeight: Theme.elder ? 28 : 20
                indeterminate: true
            }
            Item { Layout.fillHeight: true }
        }

        // -- problems -----------------------------------------------------------------------
        ColumnLayout {
            visible: screen.failed
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap
            ProblemPanel {
                objectName: "idCardError"
                Layout.fillWidth: true
            }
            TakeCardReminder { Layout.fillWidth: true }
            Item { Layout.fillHeight: true }
        }

        IdentityActions {
            objectName: "identityActions"
            Layout.fillWidth: true
        }
    }
}
