import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// Step 3: everything at a glance (ID number masked), the materials, and how the result is
// received (per service of a bundle); post needs an address.
Item {
    id: screen
    objectName: "applyReviewScreen"

    function delivery(code) {
        switch (code) {
        case "cabinet": return qsTr("Pickup cabinet")
        case "post": return qsTr("By post")
        case "ecert": return qsTr("Electronic certificate")
        case "window": return qsTr("Collect at a service window")
        }
        return code
    }
    function source(m) {
        switch (m.source) {
        case "ecert": return qsTr("E-certificate")
        case "scan": return qsTr("Scanned")
        case "commitment": return qsTr("Supplied later (commitment)")
        }
        return qsTr("Not provided")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        ApplyHeader {
            Layout.fillWidth: true
            stepNo: 3
            stepName: qsTr("Check and choose delivery")
        }

        Flickable {
            id: flick
            objectName: "applyReviewScroll"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: body.implicitHeight + Theme.margin
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn; width: Theme.gap }

            ColumnLayout {
                id: body
                width: flick.width - 2 * Theme.gap
                spacing: Theme.gap

                Text {
                    Layout.fillWidth: true
                    text: qsTr("How you receive the result")
                    font.pixelSize: Theme.titlePx * (Theme.elder ? 0.75 : 0.7)
                    font.bold: true
                    color: Theme.primary
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: Apply.deliveries
                    delegate: ColumnLayout {
                        id: choice
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.gap / 2
                        Text {
                            visible: Apply.isBundle
                            Layout.fillWidth: true
                            text: choice.modelData.itemName
                            font.pixelSize: Theme.labelPx
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.gap / 2
                            Repeater {
                                model: choice.modelData.choices
                                delegate: KButton {
                                    required property string modelData
                                    objectName: "delivery_" + choice.modelData.index + "_" + modelData
                                    outlined: choice.modelData.chosen !== modelData
                                    text: (choice.modelData.chosen === modelData ? "✓ " : "") + screen.delivery(modelData)
                                    onClicked: Apply.chooseDelivery(choice.modelData.index, modelData)
                                }
                            }
                        }
                    }
                }
                ColumnLayout {
                    visible: Apply.needsAddress
                    Layout.fillWidth: true
                    spacing: Theme.gap / 2
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Postal address *")
                        font.pixelSize: Theme.labelPx
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    TextField {
                        id: address
                        objectName: "addressInput"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.max(Theme.buttonHeight, Theme.minTouch)
                        font.pixelSize: Theme.bodyPx
                        color: Theme.text
                        text: Apply.address !== "" ? Apply.address : (Apply.values["address"] || "")
                        maximumLength: 100
                        background: Rectangle {
                            radius: Theme.radius
                            color: Theme.surface
                            border.width: address.activeFocus ? 4 : 2
                            border.color: Apply.problem === "address_missing" ? Theme.danger
                                          : (address.activeFocus ? Theme.primary : Theme.border)
                        }
                        onTextEdited: Apply.setAddress(text)
                        onVisibleChanged: if (visible && text !== "") Apply.setAddress(text)
                    }
                    Text {
                        objectName: "addressProblem"
                        visible: Apply.problem === "address_missing"
                        Layout.fillWidth: true
                        text: qsTr("Please enter the address the result should be posted to.")
                        font.pixelSize: Theme.labelPx
                        font.bold: true
                        color: Theme.danger
                        wrapMode: Text.WordWrap
                    }
                }

                Text {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    text: qsTr("Your details")
                    font.pixelSize: Theme.titlePx * (Theme.elder ? 0.75 : 0.7)
                    font.bold: true
                    color: Theme.primary
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: Apply.summary
                    delegate: Text {
                        required property var modelData
                        Layout.fillWidth: true
                        text: modelData.label + "：" + modelData.value
                        font.pixelSize: Theme.bodyPx
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
                Text {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    visible: Apply.materials.length > 0
                    text: qsTr("Materials")
                    font.pixelSize: Theme.titlePx * (Theme.elder ? 0.75 : 0.7)
                    font.bold: true
                    color: Theme.primary
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: Apply.materials
                    delegate: Text {
                        required property var modelData
                        Layout.fillWidth: true
                        text: modelData.name + "：" + screen.source(modelData)
                        font.pixelSize: Theme.bodyPx
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Text {
                Layout.fillWidth: true
                text: qsTr("Next you sign on the screen to submit.")
                font.pixelSize: Theme.bodyPx
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            KButton {
                objectName: "applyReviewNext"
                Layout.preferredWidth: Theme.elder ? 420 : 320
                text: qsTr("Sign")
                onClicked: Apply.next()
            }
        }
    }
}
