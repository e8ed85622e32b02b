@description('Key Vault (RBAC mode) holding the app secrets, read by the function app through Key Vault references.')
param name string
param location string
param tags object = {}

@secure()
@description('Twilio auth token; also the key for webhook signatures.')
param twilioAuthToken string

@secure()
@description('Secret for the HMAC that keys subscriber rows. Keep it stable: changing it orphans every subscriber.')
param subscriberKeySecret string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource twilioAuthTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'twilio-auth-token'
  properties: {
    value: twilioAuthToken
    contentType: 'text/plain'
  }
}

resource subscriberKeySecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'subscriber-key-secret'
  properties: {
    value: subscriberKeySecret
    contentType: 'text/plain'
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
output twilioAuthTokenSecretUri string = twilioAuthTokenSecret.properties.secretUri
output subscriberKeySecretUri string = subscriberKeySecretSecret.properties.secretUri
