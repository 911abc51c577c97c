import QtQuick
import QtQuick.Layouts
import Kiosk

// The diagnostics layer (technicians and staff): a header with the pages and the exit, then
// the page. Denser than the public screens, same minimum sizes. Below this layer the public
// sees "being serviced" (the router's out-of-service screen).
Rectangle {
    id: screen
    objectName: "diagScreen"
    color: Theme.background

    function pageTitle(page) {
        switch (page) {
        case "dashboard": return qsTr("Devices")
        case "tests": return qsTr("Self-tests")
        case "outbox": return qsTr("Upload queue")
        case "logs": return qsTr("Logs")
        case "config": return qsTr("Configuration")
        case "staff": return qsTr("Staff tasks")
        }
        return page
    }
    function pageFile(page) {
        return "Diag" + page.charAt(0).toUpperCase() + page.slice(1) + ".qml"
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Text {
                objectName: "diagTitle"
                Layout.fillWidth: true
                text: (Diagnostics.role === "staff" ? qsTr("Staff mode") : qsTr("Technician diagnostics"))
                      + " · " + App.kioskId + " · " + qsTr("the public sees: being serviced")
                font.pixelSize: Theme.labelPx
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            KButton {
                objectName: "diagExit"
                baseColor: Theme.danger
                text: qsTr("Exit and return to service")
                onClicked: Diagnostics.exit()
            }
        }

        Flow {
            objectName: "diagTabs"
            Layout.fillWidth: true
            spacing: Theme.gap / 2
            Repeater {
                model: Diagnostics.pages
                KButton {
                    objectName: "diagTab_" + modelData
                    outlined: Diagnostics.page !== modelData
                    text: screen.pageTitle(modelData)
                    implicitHeight: Math.max(Theme.minTouch, Theme.buttonHeight - 16)
                    onClicked: Diagnostics.showPage(modelData)
                }
            }
        }

        Rectangle { Layout.fillWidth: true; height: 2; color: Theme.border }

        Loader {
            id: pageLoader
            objectName: "diagPageLoader"
            Layout.fillWidth: true
            Layout.fillHeight: true
            source: screen.pageFile(Diagnostics.page)
        }
    }
}
