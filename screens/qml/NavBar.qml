import QtQuick
import QtQuick.Layouts
import Kiosk

// Back and home on every screen of a visit, plus "end" to leave and wipe at once.
Rectangle {
    color: Theme.surface
    implicitHeight: Theme.navBarHeight
    border.color: Theme.border
    RowLayout {
        anchors.fill: parent
        anchors.margins: (Theme.navBarHeight - Theme.buttonHeight) / 2
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap
        KButton {
            objectName: "backButton"
            outlined: true
            text: qsTr("Back")
            Layout.preferredWidth: Theme.elder ? 280 : 220
            enabled: Router.canGoBack
            onClicked: Router.back()
        }
        KButton {
            objectName: "homeButton"
            outlined: true
            text: qsTr("Home")
            Layout.preferredWidth: Theme.elder ? 280 : 220
            onClicked: Router.home()
        }
        Item { Layout.fillWidth: true }
        KButton {
            objectName: "endButton"
            baseColor: Theme.danger
            text: qsTr("End visit")
            Layout.preferredWidth: Theme.elder ? 320 : 240
            onClicked: Router.reset("completed")
        }
    }
}
