targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; used for the resource group and a unique token in resource names.')
param environmentName string

@minLength(1)
@description('Region for every resource; must offer Flex Consumption.')
@allowed(['australiaeast', 'centralindia', 'centralus', 'eastasia', 'eastus', 'eastus2', 'francecentral', 'germanywestcentral', 'northcentralus', 'northeurope', 'southcentralus', 'southeastasia', 'swedencentral', 'uksouth', 'westcentralus', 'westeurope', 'westus2', 'westus3'])
@metadata({ azd: { type: 'location' } })
param location string

@description('Id of a developer principal that should also reach the app data (optional).')
param principalId string = ''

@description('Instance memory of the function app in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Maximum instances of the function app.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('NCRONTAB (with seconds) of the reminder timer.')
param reminderSchedule string = '0 * * * * *'

@description('Twilio account SID (ACxxxxxxxx...).')
param twilioAccountSid string

@secure()
@description('Twilio auth token; stored in Key Vault only.')
param twilioAuthToken string

@description('Sending number in E.164 (used when no Messaging Service is given).')
param twilioFromNumber string = ''

@description('Twilio Messaging Service SID (MGxxxxxxxx...); preferred over a single number when set.')
param twilioMessagingServiceSid string = ''

@secure()
@description('HMAC secret for subscriber row keys; azd keeps it stable across deployments.')
param subscriberKeySecret string

@description('Program name shown in every SMS.')
param programName string = 'PainCoach'

@description('Support contact given in HELP replies.')
param supportContact string

@description('The clinic as the widget names it; empty: "your clinic".')
param clinicName string = ''

@description('The clinic phone the widget offers (international, or national for the default region); empty: none.')
param clinicPhone string = ''

@description('Where patients book a visit (https); empty: none.')
param clinicBookingUrl string = ''

@description('The number the widget tells people to call in an emergency.')
param clinicEmergencyNumber string = '911'

@description('Origins of the clinic sites that may call the widget routes (CORS), comma-separated; empty: none.')
param widgetAllowedOrigins string = ''

var abbrs = loadJsonContent('./abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = '${abbrs.webSitesFunctions}api-${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity './app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}api-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage './app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
  }
}

module monitoring './app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module keyVault './app/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: '${abbrs.keyVaultVaults}${resourceToken}'
    location: location
    tags: tags
    twilioAuthToken: twilioAuthToken
    subscriberKeySecret: subscriberKeySecret
  }
}

module plan './app/plan.bicep' = {
  name: 'plan'
  scope: rg
  params: {
    name: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
  }
}

module rbac './app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    keyVaultName: keyVault.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    identityPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
  }
}

module api './app/api.bicep' = {
  name: 'api'
  scope: rg
  params: {
    name: functionAppName
    location: location
    tags: tags
    planId: plan.outputs.id
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    identityId: identity.outputs.resourceId
    identityClientId: identity.outputs.clientId
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    twilioAuthTokenSecretUri: keyVault.outputs.twilioAuthTokenSecretUri
    subscriberKeySecretUri: keyVault.outputs.subscriberKeySecretUri
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    reminderSchedule: reminderSchedule
    twilioAccountSid: twilioAccountSid
    twilioFromNumber: twilioFromNumber
    twilioMessagingServiceSid: twilioMessagingServiceSid
    programName: programName
    supportContact: supportContact
    clinicName: clinicName
    clinicPhone: clinicPhone
    clinicBookingUrl: clinicBookingUrl
    clinicEmergencyNumber: clinicEmergencyNumber
    widgetAllowedOrigins: widgetAllowedOrigins
  }
  // The identity must hold its roles before the host first reaches storage and Key Vault.
  dependsOn: [rbac]
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_NAME string = api.outputs.name
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_API_URI string = api.outputs.uri
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output TWILIO_INBOUND_WEBHOOK_URL string = '${api.outputs.uri}/api/sms/inbound'
output TWILIO_STATUS_CALLBACK_URL string = '${api.outputs.uri}/api/sms/status'
