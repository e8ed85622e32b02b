@description('The PainCoach function app on Flex Consumption, running as a user-assigned identity.')
param name string
param location string
param tags object = {}
param serviceName string = 'api'
param planId string
param storageAccountName string
param deploymentContainerName string
param identityId string
param identityClientId string
param applicationInsightsConnectionString string
param twilioAuthTokenSecretUri string
param subscriberKeySecretUri string

@description('Instance memory in MB (Flex Consumption: 512, 2048 or 4096).')
@allowed([512, 2048, 4096])
param instanceMemoryMB int

@description('Maximum number of instances the app may scale out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('NCRONTAB (with seconds) of the reminder timer.')
param reminderSchedule string
param twilioAccountSid string
param twilioFromNumber string
param twilioMessagingServiceSid string
param programName string
param supportContact string
param clinicName string
param clinicPhone string
param clinicBookingUrl string
param clinicEmergencyNumber string
param widgetAllowedOrigins string

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: planId
    httpsOnly: true
    // Key Vault references resolve with the same identity.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

var senderSettings = empty(twilioMessagingServiceSid)
  ? { Twilio__FromNumber: twilioFromNumber }
  : { Twilio__MessagingServiceSid: twilioMessagingServiceSid }

// A separate resource so the settings can name the app's own host name.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: union(senderSettings, {
    // Storage through the identity: no keys anywhere.
    AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
    AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
    AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    REMINDER_SCHEDULE: reminderSchedule
    Twilio__AccountSid: twilioAccountSid
    Twilio__AuthToken: '@Microsoft.KeyVault(SecretUri=${twilioAuthTokenSecretUri})'
    Twilio__WebhookBaseUrl: 'https://${functionApp.properties.defaultHostName}'
    PainCoach__ProgramName: programName
    PainCoach__SupportContact: supportContact
    // The widget: the clinic's next steps, and the sites that may call it (CORS is answered by the functions, so
    // the site's own CORS list stays empty).
    PainCoach__Clinic__Name: clinicName
    PainCoach__Clinic__Phone: clinicPhone
    PainCoach__Clinic__BookingUrl: clinicBookingUrl
    PainCoach__Clinic__EmergencyNumber: clinicEmergencyNumber
    PainCoach__Widget__AllowedOrigins: widgetAllowedOrigins
    PainCoach__Sms__SubscriberKeySecret: '@Microsoft.KeyVault(SecretUri=${subscriberKeySecretUri})'
  })
}

output name string = functionApp.name
output defaultHostName string = functionApp.properties.defaultHostName
output uri string = 'https://${functionApp.properties.defaultHostName}'
